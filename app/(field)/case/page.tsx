import type { Metadata } from "next";
import { Suspense } from "react";
import { CasePage } from "@/components/cases/case-page";

export const metadata: Metadata = { title: "Hồ sơ" };

// A static shell: the id comes from the query string and the data from Dexie, so it opens offline.
export default function Page() {
  return (
    <Suspense>
      <CasePage />
    </Suspense>
  );
}
