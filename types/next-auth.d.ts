import type { SessionUser } from "@/lib/domain/users";

declare module "next-auth" {
  interface Session {
    user: SessionUser & { email?: string | null; image?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    user?: SessionUser;
  }
}
