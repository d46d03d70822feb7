import type { Metadata } from "next";
import { Suspense } from "react";
import { LoginScreen } from "@/components/auth/login-screen";

export const metadata: Metadata = { title: "Đăng nhập" };

export default function LoginPage() {
  // useSearchParams() needs a Suspense boundary for the page to stay statically rendered.
  return (
    <Suspense>
      <LoginScreen />
    </Suspense>
  );
}
