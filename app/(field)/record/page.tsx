import type { Metadata } from "next";
import { Suspense } from "react";
import { RecordPage } from "@/components/capture/record-page";

export const metadata: Metadata = { title: "Biên bản" };

// A static shell: the id comes from the query string and the data from Dexie, so it opens offline.
export default function Page() {
  return (
    <Suspense>
      <RecordPage />
    </Suspense>
  );
}
