import type { Metadata } from "next";
import { LoginScreen } from "@/components/auth/login-screen";

export const metadata: Metadata = { title: "Đăng nhập" };

// Prerendered whole (the form reads callbackUrl on submit, not with useSearchParams), so the sign-in form is
// in the HTML and paints before any JS has run.
export default function LoginPage() {
  return <LoginScreen />;
}
