using PuenteBot.Dialogs.Barriers;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Returning;

/// <summary>
/// What a returning caregiver was doing, named concretely: the topic under way on the dialog stack and, while a
/// barrier is being worked through (its question or its options are open), the barrier the care notes hold for it ("getting a ride to the clinic"). Each has its own
/// welcome-back question, <c>Returning.Prompt.{topic}</c> or <c>Returning.Prompt.barriers.{kind}</c>.
/// </summary>
public static class ReturningSubject
{
    /// <summary>The welcome-back question for what is under way below this question; the general one when no topic is.</summary>
    public static string PromptKey(ConversationData conversation)
    {
        var below = conversation.DialogStack.TakeWhile(dialog => dialog.Id != ReturningDialog.DialogId).ToList();
        var path = DialogPath.Active(below);
        var topic = path.FirstOrDefault(MenuTopics.All.Contains);
        return topic switch
        {
            null => "Returning.Prompt",
            MenuTopics.Barriers when path.Any(id => id is BarrierPlanDialog.DetailPromptId or BarrierPlanDialog.PlanPromptId) && conversation.Notes.Barriers is [.., { Kind.Length: > 0 } last]
                => "Returning.Prompt.barriers." + last.Kind,
            _ => "Returning.Prompt." + topic,
        };
    }
}
