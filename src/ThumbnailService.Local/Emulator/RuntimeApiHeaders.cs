namespace ThumbnailService.Local.Emulator;

/// <summary>Header names and limits of the Runtime API and the Invoke API, in one place.</summary>
internal static class RuntimeApiHeaders
{
    public const string RequestId = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineMs = "Lambda-Runtime-Deadline-Ms";
    public const string FunctionArn = "Lambda-Runtime-Invoked-Function-Arn";
    public const string TraceId = "Lambda-Runtime-Trace-Id";
    public const string ClientContext = "Lambda-Runtime-Client-Context";
    public const string CognitoIdentity = "Lambda-Runtime-Cognito-Identity";
    public const string FunctionErrorType = "Lambda-Runtime-Function-Error-Type";

    public const string InvokeFunctionError = "X-Amz-Function-Error";
    public const string InvokeClientContext = "X-Amz-Client-Context";
    public const string InvokeTraceId = "X-Amzn-Trace-Id";

    public const string ErrorContentType = "application/vnd.aws.lambda.error+json";

    /// <summary>Largest response the Runtime API accepts: 6 MiB plus 100 bytes, as the RIE.</summary>
    public const int MaxResponseBytes = (6 * 1024 * 1024) + 100;
}
