using System.ComponentModel;

namespace PuenteBot.Dialogs.Llm;

/// <summary>The language model's reading of a family message for danger (<see cref="DangerSecondOpinion"/>): the JSON it must fill.</summary>
public sealed record DangerReading(
    [property: Description("none, possible or urgent")] string Level,
    [property: Description("suicide, self_harm, harm_to_others, abuse, domestic_violence, medical or missing; null when level is none")] string? Kind,
    [property: Description("the exact words of the message that show the danger, copied unchanged; null when level is none")] string? Evidence);
