// The help texts of `notion` and `sync`, apart from the sync itself: `--help`
// and the other commands load none of the Notion code.

export const notionUsage = `follow-through notion: set up the Notion sync

Usage
  follow-through notion init --parent <page link or id> [--client NAME] [--folder DIR] [--json] [VAULT]
  follow-through notion init --database <database link> [--client NAME] [--folder DIR] [--json] [VAULT]
  follow-through notion check --database <database link or id> [--repair] [--json]
  follow-through notion forget --client NAME [--database <link or id>] [--dry-run] [--json] [VAULT]
  follow-through notion emulator [--port N] [--token T] [--json] [--per-minute N] [--workspace-per-minute N] [--busy SHARE] [--faults SHARE] [--query-delay-ms MS] …

The token comes from NOTION_TOKEN, or from the file NOTION_TOKEN_FILE names
(never from a flag, so it stays out of your shell history). NOTION_BASE_URL
points the sync elsewhere (an origin, such as the emulator's).

  init    create a database under a page the integration can see, with every
          property the sync needs, and record it in VAULT/.follow-through/notion.json
          (--client: only that client's notes sync to it; one database per
          client keeps clients' rows apart; --folder: notes under DIR);
          with --database, sync with an existing database again (after the
          state file was lost, or on another computer): rows are found by Key
  check   say precisely what a database is missing or has of the wrong type;
          --repair adds what is missing
  forget  move every row of a client to Notion's trash (when a coaching
          relationship ends), say how many, and stop syncing that client`;

export const syncUsage = `follow-through sync PATH… [--database <link or id>] [--dry-run] [--json] [--today YYYY-MM-DD]

Keep the Notion database in step with the notes: create rows for new
checklist items, update only what changed, and bring ticks and reflection
answers made in Notion into the notes. Nothing syncs until you say what
syncs (notion init, or --database).

  --database  send every note under PATH to this database, for this run
  --dry-run   print what would be created, updated and pulled; change nothing
  --json      print one JSON object
  --today     the date to work with, YYYY-MM-DD (else FOLLOW_THROUGH_TODAY, else today)

Exit codes: 0 in step · 1 an item or the run failed (the message says what to do) · 2 usage mistake`;
