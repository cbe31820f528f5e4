import { createStaffUser, isStaffRole } from "@jeton/core";
import { withPlatform } from "../open-platform";

export interface CreateStaffUserArgs {
  merchantId: string;
  email: string;
  password: string;
  role: string;
  totpSecret?: string | undefined;
  json: boolean;
}

/** `jeton users create --merchant mer_… --email … --password … --role owner|admin|viewer [--totp-secret BASE32] [--json]` */
export async function createStaffUserCommand(args: CreateStaffUserArgs): Promise<void> {
  if (!isStaffRole(args.role)) throw new Error("--role is owner, admin or viewer");
  const role = args.role;
  const user = await withPlatform((platform) =>
    createStaffUser(platform, { merchantId: args.merchantId, email: args.email, password: args.password, role, totpSecret: args.totpSecret }),
  );
  if (args.json) {
    process.stdout.write(`${JSON.stringify(user, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    [
      `Staff user ${user.id} (${user.role}) for ${user.merchantId}`,
      `  email: ${user.email}`,
      `  TOTP:  ${user.totpEnabled ? "enrolled with the given secret" : "not set up: the first sign-in asks to enrol an authenticator app"}`,
      "",
    ].join("\n"),
  );
}
