import Link from "next/link";

const LINK = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/** Pages as links (the page is in the URL, so Back returns to it); the missing side is plain text. */
export function ResultCasesPager({ page, pages, hrefOf }: { page: number; pages: number; hrefOf(page: number): string }) {
  if (pages <= 1) return null;
  const label = `Trang ${page}/${pages}`;
  return (
    <nav aria-label={`Phân trang, ${label}`} className="flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={LINK} data-testid="result-cases-previous">
          ‹ Trang trước
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="text-sm text-slate-700" data-testid="result-cases-page">
        {label}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} className={LINK} data-testid="result-cases-next">
          Trang sau ›
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
