using System.Text;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// A scenario as the family saw it (SMS as the SMS channel renders it, web chat with its buttons), written to
/// TestResults/artifacts/transcripts for people to read.
/// </summary>
public sealed class TranscriptSeen
{
    private readonly StringBuilder text = new();

    public void Record(TranscriptStep step, TranscriptTurn turn, string channel)
    {
        if (step.Wait is { } wait)
        {
            text.AppendLine($"… {wait} later …");
        }

        text.AppendLine(step.User is { } user ? $"Family: {user}" : $"(event {step.Event})");
        var shown = ChannelIds.IsSms(channel)
            ? turn.SmsMessages
            : turn.Replies.Select(r => r.Text + (r.Options is { Count: > 0 } options ? "\n  [" + string.Join("] [", options) + "]" : string.Empty));
        foreach (var reply in shown)
        {
            text.AppendLine("PuenteBot: " + reply.Replace("\n", "\n  ", StringComparison.Ordinal));
        }
    }

    public void Write(string file, Transcript transcript)
    {
        var path = Path.Combine(Artifacts.Folder, "transcripts", Path.ChangeExtension(file, ".txt"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"{transcript.Name}\nchannel: {transcript.Channel}\n\n{text}");
    }
}
