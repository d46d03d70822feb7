import { Button } from "../ui/button";

export function QueuePager({ page, total, pageSize, onPage }: { page: number; total: number; pageSize: number; onPage(page: number): void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const label = `Trang ${page}/${pages}`;
  return (
    <nav aria-label={`Phân trang, ${label}`} className="flex items-center justify-between gap-2">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Trang trước
      </Button>
      <span className="text-sm text-slate-700">{label}</span>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Trang sau
      </Button>
    </nav>
  );
}
