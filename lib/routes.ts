// The officer app's pages. Pages about one case or record take the id from the query string, not the path:
// a static shell (prerendered once, precached by the service worker) can then open ANY id offline by its own
// URL — a reload, a shortcut, a link opened anew — and read the data from Dexie (architecture §7).

export const SHELL_PAGES = ["/case", "/record", "/print"] as const;

export const routes = {
  home: "/",
  login: "/login",
  outbox: "/outbox",
  offline: "/~offline",
  case: (caseId: string) => `/case?id=${encodeURIComponent(caseId)}`,
  record: (recordId: string) => `/record?id=${encodeURIComponent(recordId)}`,
  print: (recordId: string) => `/print?id=${encodeURIComponent(recordId)}`,
  // The supervisor's review screens are online only (the server decides), so they are not SHELL_PAGES.
  review: "/review",
  reviewRecord: (recordId: string) => `/review/record?id=${encodeURIComponent(recordId)}`,
  // `from`: the in-app page it was opened from (a results list), for its « ← » link (components/ledger/ledger-back-link.ts).
  caseLedger: (caseId: string, from?: string) => `/review/case?id=${encodeURIComponent(caseId)}${from ? `&from=${encodeURIComponent(from)}` : ""}`,
  // Online only too: the annual results are computed by the server from the whole case ledger.
  results: "/results",
  // The cases behind one number of the results (query string built by components/result-cases).
  resultCases: "/results/cases",
  // Two imports, both online only: an officer's lockdown hand-over file, and the national software's ledger CSV.
  lockdownImport: "/import",
  ledgerImport: "/import/ledger",
};
