using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// Checks the Bearer token of a call to <c>/api/messages</c> as the Bot Framework specifies. Channel tokens
/// (issuer <c>https://api.botframework.com</c>): signature by a key of the channel metadata, audience = the app
/// id, lifetime with clock skew, the <c>serviceurl</c> claim equal to the activity's, and the key endorsed for the
/// activity's channel. Emulator tokens (Microsoft Entra issuers): signature by an Entra key, audience and the
/// <c>appid</c>/<c>azp</c> claim = the app id. Anything else fails; the reason goes to the host log only.
/// </summary>
public sealed class BotFrameworkTokenValidator
{
    public const string AzureCallerId = "urn:botframework:azure";

    private const string BearerPrefix = "Bearer ";
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler handler = new();
    private readonly SigningKeySource channelKeys;
    private readonly TokenValidationParameters channelParameters;
    private readonly TokenValidationParameters emulatorParameters;
    private readonly HashSet<string> emulatorIssuers;
    private readonly string appId;
    private readonly ILogger<BotFrameworkTokenValidator> logger;

    public BotFrameworkTokenValidator(IOptions<BotFrameworkOptions> options, IOptions<BotAppCredentials> credentials, IHttpClientFactory httpClients, ILogger<BotFrameworkTokenValidator> logger)
    {
        var settings = options.Value;
        var http = httpClients.CreateClient(BotFrameworkHttpClients.OpenIdMetadata);
        appId = credentials.Value.MicrosoftAppId ?? string.Empty;
        this.logger = logger;
        channelKeys = new SigningKeySource(settings.OpenIdMetadataUrl, http, settings.SigningKeysRefreshInterval);
        var emulatorKeys = new SigningKeySource(settings.EmulatorOpenIdMetadataUrl, http, settings.SigningKeysRefreshInterval);
        emulatorIssuers = [.. EmulatorIssuers.For(credentials.Value.MicrosoftAppTenantId)];
        channelParameters = Parameters(channelKeys, [settings.ChannelIssuer], settings.ClockSkew);
        emulatorParameters = Parameters(emulatorKeys, emulatorIssuers, settings.ClockSkew);
    }

    /// <summary>Whether the token is valid for this activity, and the caller id to stamp on it.</summary>
    public async Task<TokenCheck> ValidateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (Read(authorization) is not { } token)
        {
            BotFrameworkLog.Unauthorized(logger, "header");
            return TokenCheck.Invalid;
        }

        var fromEmulator = token.TryGetPayloadValue<string>("iss", out var issuer) && emulatorIssuers.Contains(issuer);
        var result = await handler.ValidateTokenAsync(token, fromEmulator ? emulatorParameters : channelParameters);
        if (!result.IsValid)
        {
            BotFrameworkLog.Unauthorized(logger, result.Exception?.GetType().Name ?? "token");
            return TokenCheck.Invalid;
        }

        var failure = fromEmulator ? CheckEmulator(token) : await CheckChannelAsync(token, activity, cancellationToken);
        if (failure is not null)
        {
            BotFrameworkLog.Unauthorized(logger, failure);
            return TokenCheck.Invalid;
        }

        return new TokenCheck(true, fromEmulator ? null : AzureCallerId);
    }

    private JsonWebToken? Read(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(BearerPrefix, StringComparison.Ordinal) || !handler.CanReadToken(authorization[BearerPrefix.Length..]))
        {
            return null;
        }

        try
        {
            return new JsonWebToken(authorization[BearerPrefix.Length..]);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private async Task<string?> CheckChannelAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        if (!token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "serviceurl";
        }

        var endorsements = await channelKeys.EndorsementsAsync(token.Kid, cancellationToken);
        return activity.ChannelId is { } channel && endorsements.Contains(channel, StringComparer.OrdinalIgnoreCase) ? null : "endorsement";
    }

    private string? CheckEmulator(JsonWebToken token)
    {
        token.TryGetPayloadValue<string>("ver", out var version);
        var claim = version switch
        {
            null or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        return claim is not null && token.TryGetPayloadValue<string>(claim, out var caller) && string.Equals(caller, appId, StringComparison.Ordinal) ? null : "appid";
    }

    private TokenValidationParameters Parameters(SigningKeySource keys, IEnumerable<string> issuers, TimeSpan clockSkew) => new()
    {
        ConfigurationManager = keys.Manager,
        ValidIssuers = [.. issuers],
        ValidAudience = appId,
        ValidAlgorithms = Algorithms,
        ClockSkew = clockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
    };
}
