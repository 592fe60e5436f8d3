namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>The columns each head of the model writes, kept under names of their own so the next head does not hide them.</summary>
internal static class NluColumns
{
    public const string Text = nameof(NluInput.Text);
    public const string Words = "Words";
    public const string Features = "Features";
    public const string Danger = nameof(NluOutput.Danger);
    public const string Urgent = nameof(NluOutput.Urgent);
    public const string Kind = nameof(NluOutput.Kind);
    public const string Intent = nameof(NluOutput.Intent);
    public const string Question = nameof(NluOutput.Question);
    public const string Barrier = nameof(NluOutput.Barrier);

    public static string BarrierOf(string barrier) => "Barrier_" + barrier;

    /// <summary>The heads in the order <see cref="NluTrainer"/> fits them (and <see cref="LinearHeads"/> reads them).</summary>
    public static readonly IReadOnlyList<string> Heads = [Danger, Urgent, Kind, Intent, Question, .. Barriers.All.Select(BarrierOf)];
}
