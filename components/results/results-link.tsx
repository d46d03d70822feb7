import Link from "next/link";
import { routes } from "@/lib/routes";

/** « Kết quả thi hành án » on every role's home; the page itself needs the network. */
export function ResultsLink() {
  return (
    <Link
      href={routes.results}
      data-testid="results-link"
      className="inline-flex min-h-11 items-center self-start rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      Kết quả thi hành án
    </Link>
  );
}
