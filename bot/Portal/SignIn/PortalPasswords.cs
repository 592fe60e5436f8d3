using Microsoft.AspNetCore.Identity;

namespace PuenteBot.Portal.SignIn;

/// <summary>
/// Portal passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: version 3 hashes,
/// PBKDF2-HMAC-SHA512 with a random 128-bit salt and 100,000 iterations, base64 (see docs/portal.md).
/// </summary>
public static class PortalPasswords
{
    private static readonly PasswordHasher<PortalAccount> Hasher = new();

    /// <summary>A hash of a user name nobody has: checked when the user is unknown, so the answer takes as long.</summary>
    private static readonly string Decoy = Hash("no such account");

    public static string Hash(string password) => Hasher.HashPassword(new PortalAccount(), password);

    /// <summary>True when <paramref name="password"/> is the account's; always false without an account.</summary>
    public static bool Verify(PortalAccount? account, string password)
    {
        var hash = account?.PasswordHash ?? Decoy;
        bool matches;
        try
        {
            matches = Hasher.VerifyHashedPassword(account ?? new PortalAccount(), hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            matches = false;
        }

        return account is not null && matches;
    }
}
