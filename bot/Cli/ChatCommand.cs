using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Cli;

/// <summary>
/// <c>chat [--lang en|es] [--conversation ID]</c>: talk to the bot in the terminal, through the same turn
/// pipeline and state as the channels. Reads one message per line (piped input works); options are numbered.
/// </summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var options = ChatOptions.Parse(args);
        if (options.Error is { } error)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        var pipeline = services.GetRequiredService<TurnPipeline>();
        var session = new ChatSession(options.ConversationId, options.Language);
        var interactive = !Console.IsInputRedirected;
        if (options.Language is not null)
        {
            Print(await pipeline.ProcessAsync(session.Join(), cancellationToken));
        }

        while (true)
        {
            if (interactive)
            {
                Console.Write("> ");
            }

            var line = await Console.In.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                return 0;
            }

            if (line.Trim().Length > 0)
            {
                Print(await pipeline.ProcessAsync(session.Message(line), cancellationToken));
            }
        }
    }

    private static void Print(TurnResult result)
    {
        foreach (var reply in result.Replies)
        {
            Console.WriteLine(ChatRenderer.Render(reply));
        }
    }

    private sealed record ChatOptions(string ConversationId, string? Language, string? Error)
    {
        public static ChatOptions Parse(string[] args)
        {
            string? language = null;
            var conversation = "terminal-" + Guid.NewGuid().ToString("N")[..12];
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--lang" when i + 1 < args.Length && Languages.FromLocale(args[i + 1]) is { } lang:
                        language = lang;
                        i++;
                        break;
                    case "--conversation" when i + 1 < args.Length && args[i + 1].Length > 0:
                        conversation = args[++i];
                        break;
                    default:
                        return new ChatOptions(conversation, null, "usage: chat [--lang en|es] [--conversation ID]");
                }
            }

            return new ChatOptions(conversation, language, null);
        }
    }
}
