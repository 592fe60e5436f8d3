namespace PuenteBot.Dialogs.Llm;

/// <summary>
/// The clinic's Azure OpenAI deployment (section <c>AzureOpenAI</c>). Empty <see cref="Endpoint"/> or
/// <see cref="Deployment"/> (the default) means no language model: every feature that could use one works as it does
/// without. <see cref="ApiKey"/> comes from the environment; empty means the managed identity (Azure.Identity).
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "AzureOpenAI";

    public string Endpoint { get; set; } = string.Empty;

    public string Deployment { get; set; } = string.Empty;

    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Without <see cref="ApiKey"/>: the client id of a user-assigned managed identity; empty uses the default credential chain.</summary>
    public string ManagedIdentityClientId { get; set; } = string.Empty;

    /// <summary>
    /// The longest a family's turn waits for one call, retries included; then the authored reply is used. Short
    /// enough that two calls in one turn still answer an SMS inside its reply window (<c>Sms:ReplyWithin</c>, 10 s).
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(4);

    public bool IsConfigured => Endpoint.Length > 0 && Deployment.Length > 0;
}
