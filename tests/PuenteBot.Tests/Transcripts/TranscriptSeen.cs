using System.Text;
using PuenteBot.Channels.Sms;
using PuenteBot.Protocol;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// A scenario as the family saw it (SMS as the SMS channel renders it, web chat with its buttons), written to
/// TestResults/artifacts/transcripts for people to read.
/// </summary>
public sealed class TranscriptSeen
{
    private readonly StringBuilder text = new();

    public void Record(TranscriptStep step, IReadOnlyList<Activity> replies, string channel)
    {
        if (step.Wait is { } wait)
        {
            text.AppendLine($"… {wait} later …");
        }

        text.AppendLine(step.User is { } user ? $"Family: {user}" : $"(event {step.Event})");
        foreach (var reply in replies)
        {
            var shown = channel == "sms"
                ? SmsText.Render(reply, TranscriptTests.PublicBaseUrl)
                : reply.Text + (reply.SuggestedActions?.Actions is { Count: > 0 } actions ? "\n  [" + string.Join("] [", actions.Select(a => a.Title)) + "]" : string.Empty);
            text.AppendLine("PuenteBot: " + shown.Replace("\n", "\n  ", StringComparison.Ordinal));
        }
    }

    public void Write(string file, Transcript transcript)
    {
        var path = Path.Combine(Artifacts.Folder, "transcripts", Path.ChangeExtension(file, ".txt"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"{transcript.Name}\nchannel: {transcript.Channel}\n\n{text}");
    }
}
