using System.ComponentModel;

namespace PuenteBot.Dialogs.Llm;

/// <summary>The language model's pick of what a family message asks for, among the bot's own intents (<see cref="IntentFallback"/>).</summary>
public sealed record IntentPick(
    [property: Description("one of the intents listed in the request, or none")] string Intent,
    [property: Description("how sure, from 0 to 1")] double Confidence);
