namespace PuenteBot.Dialogs.Handouts;

/// <summary>
/// The topic groups the handouts are offered in, in the order shown; each id has a Handouts.Topic.* title, and
/// its handouts (slugs, at most three) are sent when it is picked. Others are found by the caregiver's words.
/// </summary>
public static class HandoutTopics
{
    public static readonly IReadOnlyList<(string Id, IReadOnlyList<string> Slugs)> All =
    [
        ("visits", ["getting-to-visits", "fitting-visits-around-work-and-school", "using-video-visits"]),
        ("care_team", ["working-with-your-care-team", "what-to-expect-in-therapy", "preparing-for-the-next-visit"]),
        ("stigma", ["mental-health-facts", "not-your-fault", "talking-with-family"]),
        ("setbacks", ["setbacks-are-part-of-progress", "caring-for-yourself"]),
        ("school", ["working-with-school"]),
        ("crisis", ["crisis-help"]),
    ];

    public static string TitleKey(string id) => "Handouts.Topic." + id;

    public static IReadOnlyList<string> SlugsOf(string id) => All.First(t => t.Id == id).Slugs;
}
