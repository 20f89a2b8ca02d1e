export async function seedSchoolDemo() {}
