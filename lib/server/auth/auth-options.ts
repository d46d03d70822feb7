import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { SessionUserSchema } from "@/lib/domain/users";
import { z } from "@/lib/domain/z";
import { getDatabase } from "../db/database";
import { authenticate } from "./authenticate";
import { clientIpFromHeaders } from "./client-ip";
import { loginLimitsFromEnv } from "./login-rate-limit";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

// Officers work offline for days: the session must outlive the longest expected stretch without network. The
// JWT slides forward on every online visit (next-auth re-issues it from /api/auth/session).
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const CredentialsSchema = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) });

export const RATE_LIMITED_MESSAGE = "Quá nhiều lần đăng nhập sai. Vui lòng thử lại sau ít phút.";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản",
      credentials: {
        username: { label: "Tên đăng nhập", type: "text" },
        password: { label: "Mật khẩu", type: "password" },
      },
      async authorize(credentials, request) {
        const parsed = CredentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { db } = await getDatabase();
        const ip = clientIpFromHeaders(request.headers ?? {});
        const outcome = await authenticate(db, parsed.data, ip, loginLimitsFromEnv());
        // A thrown error's message reaches the sign-in form as `error`; null becomes "CredentialsSignin".
        if (!outcome.ok && outcome.reason === "rate_limited") throw new Error(RATE_LIMITED_MESSAGE);
        if (!outcome.ok) return null;
        return { ...outcome.user, name: outcome.user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const parsed = SessionUserSchema.safeParse(user);
        if (parsed.success) token.user = parsed.data;
      }
      return token;
    },
    session({ session, token }) {
      const parsed = SessionUserSchema.safeParse(token.user);
      if (parsed.success) session.user = parsed.data;
      return session;
    },
  },
};
