using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Tests.Support;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PuenteBot.Tests.Dialogs.Listening;

/// <summary>
/// The listening suite: 40 first messages that already hold an answer (insurance, who disagrees, work or school,
/// who helps, what the child says, when to call), each run through the real pipeline after consent and on to the
/// end of the topic. The bot must not ask a question the message answered, and must have heard its barrier.
/// </summary>
public class FirstMessageTests
{
    private const string BarrierQuestion = "Barriers.Ask.";
    private const int MostTurns = 12;

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static TheoryData<int> Messages()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Read().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void The_suite_is_forty_messages_half_of_them_in_Spanish()
    {
        var messages = Read();
        Assert.Equal(40, messages.Count);
        Assert.Equal(20, messages.Count(m => m.Language == Languages.Spanish));
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task No_question_the_first_message_answered_is_asked(int index)
    {
        var message = Read()[index];
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var ruledOut = message.RulesOut.ToDictionary(key => strings.For(message.Language, key), key => key);
        var menu = strings.For(message.Language, "Menu.Prompt");
        var conversation = "listening-" + index;

        await bot.SayAsync(conversation, message.Text);
        var reply = (await bot.SayAsync(conversation, message.Language == Languages.Spanish ? "sí" : "yes")).Replies;
        for (var turn = 0; turn < MostTurns && !reply.Any(r => r.Text == menu); turn++)
        {
            var asked = reply.Select(r => r.Text).OfType<string>().Where(ruledOut.ContainsKey).Select(text => ruledOut[text]).ToList();
            Assert.True(asked.Count == 0, $"\"{message.Text}\" was asked {string.Join(", ", asked)}");
            reply = (await bot.SayAsync(conversation, reply.LastOrDefault()?.SuggestedActions is { Actions.Count: > 0 } ? "1" : "ok")).Replies;
        }

        var notes = (await bot.Store.LoadAsync(conversation, TestContext.Current.CancellationToken)).Data.Notes;
        Assert.Equal(message.Language, (await bot.Store.LoadAsync(conversation, TestContext.Current.CancellationToken)).Data.Language);
        foreach (var key in message.RulesOut)
        {
            if (key.StartsWith(BarrierQuestion, StringComparison.Ordinal))
            {
                var kind = key[BarrierQuestion.Length..];
                Assert.True(notes.Barriers.Any(b => b.Kind == kind && b.Answer is not null && b.Detail is null),
                    $"\"{message.Text}\": no {kind} barrier answered from the message; heard [{string.Join(", ", notes.Barriers.Select(b => $"{b.Kind}:{b.Answer}"))}]");
            }
            else
            {
                Assert.True(notes.CallBack?.When is not null, $"\"{message.Text}\": no call-back time kept");
            }
        }
    }

    private static List<FirstMessage> Read() =>
        Yaml.Deserialize<List<FirstMessage>>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PuenteBot.Tests", "Dialogs", "Listening", "first-messages.yaml")));

    public sealed class FirstMessage
    {
        public string Text { get; set; } = string.Empty;

        public string Language { get; set; } = Languages.English;

        public List<string> RulesOut { get; set; } = [];
    }
}
