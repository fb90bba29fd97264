export { SignInForm } from './SignInForm';
export { useSignIn } from './use-sign-in';
