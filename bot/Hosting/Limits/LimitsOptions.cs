using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Hosting.Limits;

/// <summary>
/// <c>Limits:</c> — how much any one client may ask of the bot, so that nobody can exhaust it: requests per minute on
/// each open route (429 with <c>Retry-After</c> past them, before the request is read), body caps per route (413),
/// and how many Direct Line conversations the database keeps. A rate of 0 turns that limit off.
/// </summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Direct Line <c>tokens/generate</c> and <c>POST conversations</c> per client address per minute.</summary>
    [Range(0, int.MaxValue)]
    public int ConversationStartsPerMinute { get; set; } = 20;

    /// <summary>Direct Line activity posts per conversation per minute.</summary>
    [Range(0, int.MaxValue)]
    public int ActivitiesPerMinute { get; set; } = 120;

    /// <summary>
    /// <c>/api/messages</c> posts per client address per minute (the conversation is inside the body, which is not
    /// read before the limit). High, because Azure Bot Service brings every family's messages from its few addresses.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int BotFrameworkPerMinute { get; set; } = 1200;

    /// <summary>Twilio webhook posts (messages and status callbacks) per client address per minute: every family's texts come from Twilio's few addresses.</summary>
    [Range(0, int.MaxValue)]
    public int SmsPerMinute { get; set; } = 600;

    /// <summary>Portal sign-in posts per client address per minute.</summary>
    [Range(0, int.MaxValue)]
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Clinician API calls (<c>/api/escalations</c>, <c>/api/families</c>, <c>/api/appointments</c>) per client address per minute.</summary>
    [Range(0, int.MaxValue)]
    public int ClinicianApiPerMinute { get; set; } = 300;

    /// <summary>Largest activity body on <c>/api/messages</c> and Direct Line activity posts (a message's text is cut to 4,000 characters anyway).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int ActivityMaxBytes { get; set; } = 256 * 1024;

    /// <summary>Largest Twilio webhook body (a message is at most 1,600 characters; the form's other fields are short).</summary>
    [Range(1024, 1024 * 1024)]
    public int SmsMaxBytes { get; set; } = 64 * 1024;

    /// <summary>Largest portal sign-in form.</summary>
    [Range(1024, 1024 * 1024)]
    public int SignInMaxBytes { get; set; } = 16 * 1024;

    /// <summary>
    /// Direct Line conversations the database may hold (idle ones are deleted after
    /// <c>DirectLine:IdleConversationLifetime</c>); past it a new one is refused with 503 and <c>Retry-After</c>
    /// until the clean-up makes room. 0: no bound.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MaxDirectLineConversations { get; set; } = 10_000;
}
