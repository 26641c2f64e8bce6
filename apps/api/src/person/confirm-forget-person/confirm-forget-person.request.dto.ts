/** ConfirmForgetPerson takes no fields; an empty class still makes unknown fields a 400. */
export class ConfirmForgetPersonRequestDto {}
