namespace PuenteBot.Portal.SignIn;

/// <summary>The <c>kind</c> column of <c>portal_revocations</c>: what its <c>key</c> names.</summary>
internal static class PortalRevocationKinds
{
    /// <summary>One signed-out session; the key is its session id.</summary>
    public const string Session = "session";

    /// <summary>"Sign out everywhere"; the key is the lower-cased user, <c>at</c> the time every older cookie ends.</summary>
    public const string User = "user";
}
