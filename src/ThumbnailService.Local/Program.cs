using Amazon.Runtime;
using ThumbnailService.Local.Commands;
using ThumbnailService.Local.S3Host;
using ThumbnailService.Operations.Commands;

// One line per command: the developer host's own (Commands/) and the operator commands (ThumbnailService.Operations).
// `bench` and `micro` are their own programs under tools/; ./thumbs starts them.
var localS3 = new BasicAWSCredentials(LocalS3Host.AccessKey, LocalS3Host.SecretKey);
ICommand[] commands =
[
    new RunCommand(),
    new UpCommand(),
    new InvokeCommand(),
    new PollCommand(),
    new BackfillCommand(Environment.GetEnvironmentVariable, TimeProvider.System, localS3),
    new ManifestCommand(Environment.GetEnvironmentVariable, TimeProvider.System, localS3),
];

return await CommandHost.RunAsync(commands, args);
