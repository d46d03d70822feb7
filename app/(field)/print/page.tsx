import type { Metadata } from "next";
import { Suspense } from "react";
import { PrintPage } from "@/components/capture/print-page";

export const metadata: Metadata = { title: "In biên bản" };

// A static shell: the id comes from the query string and the data from Dexie, so it opens offline.
export default function Page() {
  return (
    <Suspense>
      <PrintPage />
    </Suspense>
  );
}
