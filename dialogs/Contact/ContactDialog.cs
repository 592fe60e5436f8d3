using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Contact;

/// <summary>
/// The contact question (<see cref="ContactQuestion"/>) after a care-team escalation of a family not enrolled: asked
/// once, answered once, and what they gave sent to the care team as an update of that escalation (<c>contact: true</c>;
/// the name and number stay in the care notes). Words of danger in the reply are the crisis episode's, as everywhere.
/// </summary>
public sealed class ContactDialog(IStringLocalizer<Strings> strings, BooleanRecognizer booleans, TimeProvider clock) : Dialog(DialogId)
{
    public const string DialogId = "contact";

    private const string EscalationKey = "escalation";

    private readonly ContactQuestion question = new(strings, booleans, clock);

    /// <summary>Asks for the contact after escalation <paramref name="escalationId"/> when it is needed; otherwise ends the dialog that asked.</summary>
    public static Task<DialogTurnResult> AskOrEndAsync(DialogContext dc, string escalationId, CancellationToken cancellationToken) =>
        ContactQuestion.Needed(dc.Context.Conversation)
            ? dc.BeginDialogAsync(DialogId, escalationId, cancellationToken)
            : dc.EndDialogAsync(null, cancellationToken);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        dc.ActiveDialog!.State[EscalationKey] = options as string;
        await question.AskAsync(dc.Context, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.EndOfTurn;
        }

        if (await question.AnswerAsync(dc.Context, cancellationToken) && (string?)dc.ActiveDialog!.State[EscalationKey] is { } escalation)
        {
            dc.Context.UpdateEscalation(new EscalationUpdate(escalation, new JsonObject { ["contact"] = true }));
        }

        return await dc.EndDialogAsync(null, cancellationToken);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        question.RepeatAsync(turnContext, cancellationToken);
}
