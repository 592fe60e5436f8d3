namespace PuenteBot.Dialogs.Returning;

/// <summary>How conversations behave over time (section <c>Conversation</c>).</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>
    /// After this long without a message, a caregiver who comes back in the middle of something is greeted and
    /// asked whether to continue or start over.
    /// </summary>
    public TimeSpan ResumeAfter { get; set; } = TimeSpan.FromHours(8);
}
