using Microsoft.Extensions.Options;
using PuenteBot.Content.Answers;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Retrieval;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Questions;

namespace PuenteBot.Dialogs.Grounding;

/// <summary>
/// What a grounded answer may draw on: the shipped handouts and authored answers, each answer with the clinic's own
/// facts in it (<see cref="AnswerText.For"/>: its phone, hours, address, or "ask the care team" when unset). Indexed
/// on first use, once, and shared by every conversation.
/// </summary>
public sealed class ClinicKnowledge : IDisposable
{
    private readonly Lazy<KnowledgeIndex> index;

    public ClinicKnowledge(HandoutLibrary handouts, AnswerSet answers, IOptions<ClinicOptions> clinic)
    {
        index = new(() => KnowledgeIndex.Build(KnowledgeIndex.Documents(
            handouts, answers.All.Select(answer => (answer, AnswerText.For(answer, clinic.Value))))));
    }

    /// <summary>The index over the clinic's content, built on the first call.</summary>
    public KnowledgeIndex Index => index.Value;

    public void Dispose()
    {
        if (index.IsValueCreated)
        {
            index.Value.Dispose();
        }
    }
}
