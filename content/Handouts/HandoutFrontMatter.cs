namespace PuenteBot.Content.Handouts;

/// <summary>The YAML front matter of a handout as written; <see cref="HandoutParser"/> checks it.</summary>
internal sealed class HandoutFrontMatter
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Sms { get; set; }
    public List<string>? Topics { get; set; }
    public List<string>? Serves { get; set; }
    public string? Reviewed { get; set; }
}
