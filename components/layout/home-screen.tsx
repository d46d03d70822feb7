"use client";

import dynamic from "next/dynamic";
import { FieldHome } from "../cases/field-home";
import { SessionGate } from "../session/session-gate";

// Not needed for the first paint (and it reads the browser): loaded after hydration, precached like the rest.
const InstallOffer = dynamic(() => import("../pwa/install-offer").then((module) => module.InstallOffer), { ssr: false });
// A role's home is loaded for that role only: the officer's phone does not download the heads' screens (the
// server's case list, the review count) (issue #7: first-load JS).
const OfficeHome = dynamic(() => import("./office-home").then((module) => module.OfficeHome), {
  ssr: false,
  loading: () => <p role="status">Đang tải…</p>,
});

/**
 * The home of each role. An officer works from the cases stored on the phone (offline); a supervisor and a
 * leader read their office's or province's cases from the server.
 */
export function HomeScreen() {
  return (
    <SessionGate>
      {({ user }) => (
        <div className="flex flex-col gap-4">
          {user.role === "officer" ? <FieldHome user={user} /> : <OfficeHome role={user.role} />}
          {/* Last, and sticky at the bottom of the screen: it appears after hydration, and above the cases it pushed
              the whole list down under the officer's finger (Lighthouse measured a layout shift of 0.16).
              The Home Screen guide is for those who keep unsent records on the phone: on iOS, Safari deletes them. */}
          <InstallOffer showsIosGuide={user.role === "officer"} />
        </div>
      )}
    </SessionGate>
  );
}
