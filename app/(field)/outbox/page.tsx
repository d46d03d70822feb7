import type { Metadata } from "next";
import { Suspense } from "react";
import { OutboxPage } from "@/components/sync/outbox-page";

export const metadata: Metadata = { title: "Hộp thư đi" };

// A static shell: the id comes from the query string and the data from Dexie, so it opens offline.
export default function Page() {
  return (
    <Suspense>
      <OutboxPage />
    </Suspense>
  );
}
