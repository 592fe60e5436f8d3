namespace PuenteBot.Content.Handouts;

/// <summary>Front matter that has passed its checks: every field present and well formed.</summary>
internal sealed record HandoutFields(
    string Slug, string Title, string Summary, string Sms, List<string> Topics, List<string> Serves, DateOnly Reviewed)
{
    public Handout ToHandout(string language, string markdown) =>
        new(language, Slug, Title, Summary, Sms, Topics, Serves, Reviewed, markdown);

    /// <summary>Checks the front matter, adding a line to <paramref name="problems"/> for each fault.</summary>
    public static HandoutFields? Check(HandoutFrontMatter f, string fileSlug, List<string> problems)
    {
        void Require(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"front matter lacks '{name}'");
            }
        }

        Require(f.Slug, "slug");
        Require(f.Title, "title");
        Require(f.Summary, "summary");
        Require(f.Sms, "sms");
        if (f.Slug is not null && f.Slug != fileSlug)
        {
            problems.Add($"slug '{f.Slug}' differs from the file name '{fileSlug}'");
        }

        if (f.Summary?.Length > HandoutParser.MaxSummaryLength)
        {
            problems.Add($"summary has {f.Summary.Length} characters; at most {HandoutParser.MaxSummaryLength}");
        }

        if (f.Topics is not { Count: > 0 })
        {
            problems.Add("front matter lacks 'topics'");
        }

        if (f.Serves is not { Count: > 0 })
        {
            problems.Add("front matter lacks 'serves' (barrier kinds or concerns)");
        }

        foreach (var unknown in (f.Serves ?? []).Where(s => !HandoutConcerns.IsKnown(s)))
        {
            problems.Add($"serves '{unknown}', which is not a known barrier kind or concern");
        }

        var reviewed = HandoutParser.ParseDate(f.Reviewed);
        if (reviewed is null)
        {
            problems.Add("front matter lacks 'reviewed' as a date (yyyy-mm-dd)");
        }

        return problems.Count > 0 || reviewed is null
            ? null
            : new(f.Slug!, f.Title!, f.Summary!.Trim(), f.Sms!.Trim(), f.Topics!, f.Serves!, reviewed.Value);
    }
}
