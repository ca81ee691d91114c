// The `aifc-screen/diff` entry: what changed between two registry snapshots, for the people who
// review a data update. Registry tooling, not screening: a separate entry so the core bundle (and
// every CommonJS `require` of it, which cannot tree-shake) does not carry it.
export { diffRegistries, formatRegistryDiff, REGISTRY_LISTS } from "./registry/diff.js";
export type {
  RegistryDiff,
  ListDiff,
  EntryChange,
  FieldChange,
  FieldValue,
  RegistryStamp,
  RegistryListName,
  RegistryListEntry,
} from "./registry/diff.js";
