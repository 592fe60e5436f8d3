using PuenteBot.Channels.Sms;

namespace PuenteBot.Tests.Transcripts;

public class SmsRepliesTests
{
    [Fact]
    public void Messages_are_joined_back_with_the_breaks_the_splitter_split_them_at()
    {
        var replies = new[]
        {
            "Hi, I am an automated assistant. I help families get to the next visit and talk through what feels hard.\nHow we keep families safe\nhttps://x.example/safety",
            "Is it OK to continue?\n1. Yes\n2. No",
        };
        var text = string.Join("\n\n", replies);
        var messages = SmsSplitter.Split(text, 1);

        Assert.True(messages.Count > 1);
        Assert.Contains(text, SmsReplies.Joinings(messages, 1));
        Assert.Equal(
            [SmsReplies.Normalize(replies[0]), SmsReplies.Normalize(replies[1])],
            SmsReplies.Attribute(["Hi, I am an automated assistant. I help families get to the next visit and talk through what feels hard.", "Is it OK to continue?"], messages, 1).Select(r => r.Sms));
    }

    [Fact]
    public void Messages_split_anywhere_are_read_back_as_the_replies_in_order_with_their_options()
    {
        var replies = SmsReplies.Attribute(
            ["First reply, long enough to be split.", "Second?"],
            ["1/2 First reply,", "2/2 long enough to be split.\nhttps://x.example/a\n\nSecond?\n1. Yes\n2. No"]);

        Assert.Equal(
            [("First reply, long enough to be split.", "First reply, long enough to be split. https://x.example/a"), ("Second?", "Second? 1. Yes 2. No")],
            replies.Select(r => (r.Text, r.Sms)));
    }

    [Fact]
    public void Replies_without_text_are_the_paragraphs_after_the_reply_before_them()
    {
        var replies = SmsReplies.Attribute(
            ["Here are guides.", string.Empty, string.Empty, "Another?"],
            ["Here are guides.\n\nGuide one.\nhttps://x.example/1\n\nGuide two.\nhttps://x.example/2\n\nAnother?\n1. Yes\n2. No"]);

        Assert.Equal(["Here are guides.", "Guide one. https://x.example/1", "Guide two. https://x.example/2", "Another? 1. Yes 2. No"], replies.Select(r => r.Sms));
    }

    [Fact]
    public void A_reply_not_in_the_messages_was_not_sent_and_text_no_reply_accounts_for_is_a_reply_of_its_own()
    {
        Assert.Empty(SmsReplies.Attribute(["You are unsubscribed."], []));
        Assert.Equal(["Stray words.", "Known reply."], SmsReplies.Attribute(["Known reply."], ["Stray words.\n\nKnown reply."]).Select(r => r.Sms));
    }
}
