using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// The visit conversation a planned message opens: a reminder before a visit (1 = I'll be there, 2 = I need to change
/// it, 3 = something is in the way) or the kind message the day after a missed one. (Placeholder: sends the message
/// and ends at the family's reply; the reply paths come with the visit dialogs.)
/// </summary>
public sealed class VisitDialog(IStringLocalizer<Strings> strings) : Dialog(DialogId)
{
    public const string DialogId = "visit";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var visit = options as VisitOptions ?? throw new ArgumentException("A visit conversation needs its VisitOptions.", nameof(options));
        var key = visit.Kind == VisitOptions.Missed ? "Visit.Missed" : "Visit.Reminder";
        await dc.Context.SendActivityAsync(Activity.Message(strings.For(dc.Context, key)), cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);
}
