using PuenteBot.Audit;
using PuenteBot.Escalations.Api;
using PuenteBot.Escalations.Cases;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Postgres;
using PuenteBot.Escalations.Repage;
using PuenteBot.Escalations.Rescue;
using PuenteBot.Escalations.Sqlite;
using PuenteBot.Escalations.Summaries;
using PuenteBot.State;

namespace PuenteBot.Escalations;

public static class EscalationsServiceCollectionExtensions
{
    /// <summary>
    /// The escalation store, its cases and the audit log, the re-page of waiting urgent escalations, the clinicians' summaries, and delivery to the care team (webhook, Teams, email) by a
    /// hosted worker that a committed escalation wakes. Call after the conversation store is registered. The store, the
    /// outbox and the rescue's writes are those of the database <c>Storage:Provider</c> names.
    /// </summary>
    public static IServiceCollection AddEscalations(this IServiceCollection services)
    {
        services.AddOptions<ClinicianOptions>()
            .BindConfiguration(ClinicianOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<Hosting.HostingOptions>()
            .BindConfiguration(Hosting.HostingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<Channels.Sms.SmsOptions>().BindConfiguration(Channels.Sms.SmsOptions.Section); // the portal link's fallback address
        services.AddOptions<EscalationOptions>()
            .BindConfiguration(EscalationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddByProvider<IEscalationStore, SqliteEscalationStore, PostgresEscalationStore>();
        services.AddByProvider<EscalationOutbox, SqliteEscalationOutbox, PostgresEscalationOutbox>();
        services.AddByProvider<IRescueStore, SqliteRescueStore, PostgresRescueStore>();
        services.AddSingleton<ICaseStore, CaseStore>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<EscalationSummaries>();
        services.AddSingleton<Dialogs.Llm.GistTranslator>();
        services.AddSingleton<EscalationGists>();
        services.AddSingleton<ClinicianKeys>();
        services.AddSingleton<EscalationSignal>();
        services.AddSingleton<DeliveryBackoff>();
        services.AddSingleton<EscalationDispatcher>();
        services.AddSingleton<IEscalationNotifier, WebhookNotifier>();
        services.AddSingleton<IEscalationNotifier, TeamsNotifier>();
        services.AddSingleton<EmailNotifier>();
        services.AddSingleton<IEscalationNotifier>(sp => sp.GetRequiredService<EmailNotifier>());
        services.AddHttpClient(NotifierHttp.ClientName).RemoveAllLoggers(); // a Teams webhook URL is itself a secret
        services.AddHostedService<EscalationDeliveryWorker>();
        services.AddSingleton<OnCallRoster>();
        services.AddSingleton<IRepageSender, EmailRepageSender>();
        services.AddSingleton<RepageService>();
        services.AddHostedService<RepageWorker>();
        services.AddSingleton<EscalationSpool>();
        services.AddSingleton<EscalationAloneWriter>();
        services.AddSingleton<DirectDelivery>();
        services.AddSingleton<EscalationRescue>();
        services.AddSingleton<SpoolDrainer>();
        services.AddHostedService(sp => sp.GetRequiredService<SpoolDrainer>());
        SignalCommittedEscalations(services);
        return services;
    }

    /// <summary>Wraps the registered conversation store so that a save with escalations wakes the delivery worker.</summary>
    private static void SignalCommittedEscalations(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IConversationStore))
            ?? throw new InvalidOperationException("AddEscalations needs the conversation store registered first (AddConversationStore).");
        services.Remove(registered);
        services.AddSingleton<IConversationStore>(sp => new SignallingConversationStore(Create(sp, registered), sp.GetRequiredService<EscalationSignal>()));
    }

    private static IConversationStore Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IConversationStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
