// Who a note is for. One rule for comparing clients' names, used by tracking,
// the reports, Notion's targets and the plugin: "Dana", " dana " and "DANA"
// are one client.

/** A client's name as names are compared everywhere: trimmed, in any case. */
export function clientNameKey(name: string): string {
  return name.trim().toLowerCase();
}
