using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Turns;

/// <summary>
/// Keeps a turn honest when its escalations reached nobody: the replies that tell the family the care team is being
/// told give way to one that says the team could not be reached and to call 988 / 911 now (a crisis), or to call
/// the clinic (anything else). The other replies (crisis lines, the safety question) stay.
/// </summary>
public sealed partial class TeamAlertReplies(IStringLocalizer<Strings> strings)
{
    /// <summary>
    /// The UI strings (and their .Sms wordings) that say the care team is told — the crisis help for each kind of
    /// danger ("I'm letting your child's care team know now") among them; kept in step with the content by a test.
    /// </summary>
    public static readonly IReadOnlyList<string> PromiseKeys =
    [
        .. CrisisKinds.All.Select(kind => "Crisis.Urgent." + kind),
        "Crisis.SafeNow", "Crisis.HelpArrived", "Barriers.Shared", "Setback.Shared", "Stigma.Shared",
        "Person.Done", "Person.Done.Hours", "Person.Done.HoursPhone", "Person.Done.Phone",
    ];

    public const string UrgentKey = "Safety.TeamUnreachable";
    public const string RoutineKey = "Safety.TeamNotTold";

    internal void Apply(TurnContext context)
    {
        var urgent = context.Escalations.Any(e => e.Urgency == Urgency.Urgent);
        var honest = strings.For(context, urgent ? UrgentKey : RoutineKey);
        var promises = Promises(context.Language);
        var replies = new List<Activity>(context.Replies.Count + 1);
        var placed = false;
        foreach (var reply in context.Replies)
        {
            if (reply.Text is { } text && promises.Any(p => p.IsMatch(text)))
            {
                if (!placed)
                {
                    replies.Add(Activity.Message(honest));
                    placed = true;
                }

                continue;
            }

            replies.Add(reply);
        }

        if (!placed)
        {
            replies.Insert(urgent ? 0 : replies.Count, Activity.Message(honest));
        }

        context.ReplaceReplies(replies);
    }

    private List<Regex> Promises(string language)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return
            [
                .. PromiseKeys.SelectMany(key => new[] { key, key + LocalizedText.SmsVariant })
                    .Select(key => strings[key])
                    .Where(found => !found.ResourceNotFound)
                    .SelectMany(found => new[] { found.Value, CrisisText.ForChannel(LocalizedText.SmsChannel, found.Value) }.Distinct())
                    .Select(value => new Regex("^" + Placeholder().Replace(Regex.Escape(value), ".*?") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant)),
            ];
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [GeneratedRegex(@"\\\{\d+}")]
    private static partial Regex Placeholder();
}
