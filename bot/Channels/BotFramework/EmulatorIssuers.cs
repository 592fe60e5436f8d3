namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// Issuers of the Microsoft Entra tokens the Bot Framework Emulator sends: the Bot Framework's own tenants
/// (v1 and v2 tokens), and the bot's tenant for single-tenant and managed-identity bots.
/// </summary>
public static class EmulatorIssuers
{
    private static readonly string[] BotFrameworkTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    public static IEnumerable<string> For(string? appTenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(appTenantId) ? BotFrameworkTenants : [.. BotFrameworkTenants, appTenantId];
        foreach (var tenant in tenants)
        {
            yield return $"https://sts.windows.net/{tenant}/";
            yield return $"https://login.microsoftonline.com/{tenant}/v2.0";
        }
    }
}
