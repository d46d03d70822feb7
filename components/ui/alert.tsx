import type { ReactNode } from "react";

export function Alert({ tone = "error", children }: { tone?: "error" | "info"; children: ReactNode }) {
  const styles = tone === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-blue-200 bg-blue-50 text-blue-900";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${styles}`}>
      {children}
    </div>
  );
}
