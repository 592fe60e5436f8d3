using Microsoft.Extensions.Options;

namespace PuenteBot.Channels.BotFramework;

/// <summary>Checks at start-up that the app type and the keys it needs agree, without naming any secret.</summary>
public sealed class BotAppCredentialsValidator : IValidateOptions<BotAppCredentials>
{
    private static readonly string[] AppTypes = [BotAppCredentials.MultiTenant, BotAppCredentials.SingleTenant, BotAppCredentials.UserAssignedMsi];

    public ValidateOptionsResult Validate(string? name, BotAppCredentials options)
    {
        if (!string.IsNullOrEmpty(options.MicrosoftAppType) && !AppTypes.Contains(options.MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        if (!options.IsAuthenticationEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var hasPassword = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        return options switch
        {
            { IsManagedIdentity: true } when hasPassword => ValidateOptionsResult.Fail("MicrosoftAppPassword must be empty for UserAssignedMSI."),
            { IsManagedIdentity: true } or { IsSingleTenant: true } when !hasTenant => ValidateOptionsResult.Fail("MicrosoftAppTenantId is required for SingleTenant and UserAssignedMSI."),
            { IsManagedIdentity: false } when !hasPassword => ValidateOptionsResult.Fail("MicrosoftAppPassword is required with MicrosoftAppId (set it in the environment)."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
