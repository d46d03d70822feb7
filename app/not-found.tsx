import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex max-w-md flex-1 flex-col gap-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Không tìm thấy trang</h1>
      <p className="text-slate-700">Đường dẫn không tồn tại hoặc đã thay đổi.</p>
      <Link href="/" className="text-blue-800 underline">
        Về trang chính
      </Link>
    </main>
  );
}
