import { LEDGER_COLUMNS, LEDGER_FILE_LABELS_VI, LedgerFileKindSchema, type LedgerFileKind } from "@/lib/domain/import/ledger-columns";
import { TEMPLATE_FILE_NAMES, templateHref } from "./ledger-templates";

const WHAT: Readonly<Record<LedgerFileKind, string>> = {
  ho_so: "mỗi dòng là một quyết định thi hành án (một việc); nhập trước hai loại kia",
  quyet_dinh: "mỗi dòng là một quyết định của Thủ trưởng làm đổi trạng thái hồ sơ, theo số thứ tự 1, 2, 3…",
  so_tien: "mỗi dòng là một dòng sổ tiền: có điều kiện, thu tiền, đình chỉ, miễn giảm",
};

/** The format in brief (the whole of it is docs/import-format.md), with an empty template of each file. */
export function LedgerFormatHelp() {
  return (
    <section aria-labelledby="ledger-format-title" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800">
      <h2 id="ledger-format-title" className="text-base font-semibold text-slate-900">
        Định dạng tệp
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>Tệp CSV xuất từ Phần mềm Thụ lý, mã hóa UTF-8 (trong Excel: « CSV UTF-8 »), ngăn cột bằng dấu phẩy. Mỗi lần gửi một tệp, tối đa 20 MB.</li>
        <li>Dòng 1 là dòng tiêu đề; loại tệp được nhận ra từ đó. Ngày viết dd/mm/yyyy; tiền là số nguyên đồng, có thể có dấu chấm ngăn hàng nghìn (1.529.000).</li>
        <li>
          <strong>Tất cả hoặc không gì cả:</strong> chỉ một lỗi là không dòng nào được nhập; lỗi được liệt kê theo số dòng như trong bảng tính.
          Nhập lại cùng một tệp không thay đổi gì.
        </li>
        <li>Lãnh đạo Chi cục nhập cho đơn vị mình; lãnh đạo Cục và quản trị nhập cho các đơn vị của tỉnh.</li>
      </ul>
      <details className="rounded-md border border-slate-200 p-2">
        <summary className="min-h-11 cursor-pointer content-center font-medium text-blue-900">Các cột của từng loại tệp và tệp mẫu</summary>
        <dl className="mt-2 flex flex-col gap-3">
          {LedgerFileKindSchema.options.map((kind) => (
            <div key={kind}>
              <dt className="font-semibold first-letter:uppercase">{LEDGER_FILE_LABELS_VI[kind]}</dt>
              <dd>{WHAT[kind]}.</dd>
              <dd>
                Bắt buộc: <code className="break-words">{LEDGER_COLUMNS[kind].required.join(", ")}</code>; tùy chọn: <code className="break-words">{LEDGER_COLUMNS[kind].optional.join(", ")}</code>.
              </dd>
              <dd>
                <a href={templateHref(kind)} download={TEMPLATE_FILE_NAMES[kind]} className="inline-flex min-h-11 items-center text-blue-800 underline">
                  Tải tệp mẫu {LEDGER_FILE_LABELS_VI[kind]} ({TEMPLATE_FILE_NAMES[kind]})
                </a>
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-slate-700">Quy tắc đầy đủ của từng cột: tài liệu « Định dạng tệp nhập sổ thụ lý » (docs/import-format.md trong mã nguồn).</p>
      </details>
    </section>
  );
}
