using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Answers;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Barriers;
using PuenteBot.Dialogs.Contact;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Grounding;
using PuenteBot.Dialogs.Handouts;
using PuenteBot.Dialogs.Interruptions;
using PuenteBot.Dialogs.Listening;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Questions;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Returning;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Setbacks;
using PuenteBot.Dialogs.StigmaShame;
using PuenteBot.Dialogs.TalkToPerson;
using PuenteBot.Dialogs.Visits;

namespace PuenteBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>Registers the recognizers, the family conversations, the interruptions and the runner that drives them.</summary>
    public static IServiceCollection AddFamilyDialogs(this IServiceCollection services)
    {
        services.AddRecognizers();
        services.AddSingleton<Dialog, MainDialog>();
        services.AddSingleton<Dialog, CrisisDialog>();
        services.AddSingleton<CrisisEpisode>();
        services.AddSingleton<Dialog, ContactDialog>();
        services.AddKeyedSingleton<Dialog, BarriersDialog>(MainDialog.TopicKey);
        services.AddKeyedSingleton<Dialog, StigmaShameDialog>(MainDialog.TopicKey);
        services.AddKeyedSingleton<Dialog, SetbackDialog>(MainDialog.TopicKey);
        services.AddSingleton<HandoutFinder>();
        services.AddKeyedSingleton<Dialog, HandoutsDialog>(MainDialog.TopicKey);
        services.AddKeyedSingleton<Dialog, TalkToPersonDialog>(MainDialog.TopicKey);
        services.AddSingleton<Dialog>(sp => sp.GetKeyedServices<Dialog>(MainDialog.TopicKey).Single(d => d.Id == MenuTopics.Person));
        services.AddAnswerSet();
        services.AddSingleton<QuestionMatcher>();
        services.AddGrounding();
        services.AddSingleton<IInterruption, CrisisInterruption>();
        services.AddListening();
        services.AddSingleton<IInterruption, LanguageSwitchInterruption>();
        services.AddSingleton<Dialog, ReturningDialog>();
        services.AddSingleton<VisitReading>();
        services.AddSingleton<VisitRecorder>();
        services.AddSingleton<Dialog, VisitDialog>();
        services.AddSingleton<Dialog, FollowUpDialog>();
        services.AddSingleton<IInterruption, ReminderConsentInterruption>();
        services.AddSingleton<IInterruption, ReturningInterruption>();
        services.AddSingleton<IInterruption>(sp => BackToMenuInterruption.Help(sp.GetRequiredService<IStringLocalizer<Strings>>()));
        services.AddSingleton<IInterruption>(sp => BackToMenuInterruption.Cancel(sp.GetRequiredService<IStringLocalizer<Strings>>()));
        services.AddSingleton<IInterruption, PersonRequestInterruption>();
        services.AddSingleton<IInterruption, QuestionInterruption>();
        services.AddSingleton(sp => new DialogRunner(
            sp.GetServices<Dialog>(),
            sp.GetServices<IInterruption>(),
            MainDialog.DialogId,
            sp.GetService<LanguageModel>() is { IsAvailable: true } ? sp.GetService<IQuestionFallback>() : null));
        return services;
    }
}
